export * from "./types";
export * from "./fields";
export * from "./field-text";
export * from "./field-text-en";
export * from "./validate";
export * from "./presets";
export * from "./json";
export * from "./language";
