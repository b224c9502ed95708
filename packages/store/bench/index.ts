// Benchmarks for @kehoach/store: each compares against its baseline in one run and prints ratios.
export {};
