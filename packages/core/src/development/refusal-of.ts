// Placeholder until the development checks land: accepts every command.
export const refusalOf = (command: readonly unknown[]): string | undefined => (command ? undefined : 'command');
