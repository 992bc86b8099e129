export declare function rendererIsStale(root?: string): boolean;
