export * from "./organization";
export * from "./team";
export * from "./clients";
export * from "./work";
export * from "./oversight";
export * from "./market-data";
export * from "./coordination";
export * from "./messaging";
