export * from "./access.js";
export * from "./find-unit.js";
export * from "./grants.js";
export * from "./invite-code.js";
export * from "./invite-state.js";
export * from "./stranger-policy.js";
export * from "./redeem-throttle.js";
