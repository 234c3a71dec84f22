// The benchmark API for the pane and the workbook code, in one import.
export * from "./schema";
export * from "./lookup";
export * from "./table";
export * from "./store";
export * from "./cache";
export * from "./refresh";
export * from "./office";
export * from "./diff";
