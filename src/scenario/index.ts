export * from "./types";
export * from "./validate";
export * from "./presets";
export * from "./json";
