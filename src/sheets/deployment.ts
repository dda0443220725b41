// Bound script or published Editor add-on. Apps Script gives no way to tell at run time, and the two differ:
// an add-on's menu goes under Extensions, its time-driven trigger runs at most once an hour, and it fetches
// only the URLs its manifest allows. So it is fixed at build time: `npm run build -- --addon`.
declare const SERIKTES_DEPLOYMENT: "bound" | "addon";

export const IS_ADDON = SERIKTES_DEPLOYMENT === "addon";
