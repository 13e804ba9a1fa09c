/** The header in which the Zalo Bot Platform sends the webhook's secret token (the route is src/web/webhook-route.ts). */
export const SECRET_HEADER = "x-bot-api-secret-token";
