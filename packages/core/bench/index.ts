// Benchmarks for @kehoach/core: each compares against its baseline in one run and prints ratios.
export {};
