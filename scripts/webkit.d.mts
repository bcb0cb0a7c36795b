export function webkitDriverPath(): string | undefined;
export function miniBrowserPath(): string | undefined;
export function xvfbPath(): string | undefined;
export function webkitMissing(): string | undefined;
export function startWebKitDriver(): Promise<{ port: number; stop: () => void }>;
