/** Benchmark data (a large university's year, written straight into MariaDB) and benchmarks against a running Ingång. */
package se.ingang.bench;
