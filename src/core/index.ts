export * from "./errors";
export * from "./pacing";
export * from "./growth";
export * from "./payback";
export * from "./model";
export * from "./requiredGrowth";
export * from "./requiredGrowthTrace";
