// Benchmarks for @kehoach/import: each compares against its baseline in one run and prints ratios.
export {};
