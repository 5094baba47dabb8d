// Stands in for a theme client module whose work moved to a lazily loaded chunk.
export {};
