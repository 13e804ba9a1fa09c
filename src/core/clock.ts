/** The one source of "now". Core functions take the instant as an argument; the shell asks a Clock. */
export interface Clock {
  now(): Date;
}

export function fixedClock(instant: Date): Clock {
  return { now: () => new Date(instant.getTime()) };
}

/** Runs "as of" a chosen moment while time still passes, so conversation contexts expire as they would. */
export function clockStartingAt(start: Date, realNow: () => number): Clock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}
