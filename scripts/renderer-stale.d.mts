export declare function rendererIsStale(root?: string): boolean;
export declare function cliIsStale(root?: string): boolean;
