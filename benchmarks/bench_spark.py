"""The Spark job on one machine: records/s with 1 and 2 executors, and the driver's peak memory.

    .venv/bin/python benchmarks/bench_spark.py [--sizes 5000 20000] [--executors 1 2]

Each run is a fresh process running `tickerwire.spark.run_job` on Spark's ``local-cluster``
master: real executor processes (one core, 2 GB each) beside a driver that only plans, so
the driver's memory is measured apart from the work. A first small job starts the
executors and their Python workers (the cold start, printed apart), then the measured job
runs. Inputs are real-shaped articles (tests/realshaped.py: the labelled texts with names,
numbers and dates varied), 80% as single files and 20% in JSON Lines files (plain and
gzipped), written once per size under --work.

Printed per run: articles stored per second of wall time for the per-article phase (read,
analyse, write the Parquet tables) and for the whole job with stories; the same per
executor core; the peak resident memory of the driver's Python process and of its JVM,
and the heap the driver JVM still holds after the job (after a full GC). None of them
should grow with the input: no article passes through the driver. (The JVM's peak resident
size follows its heap limit, ``spark.driver.memory``, more than its needs: it collects
late.)
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _peak_kb(pid: int) -> int:
    """VmHWM (peak resident set) of a live process, in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def run_once(corpus: Path, output: Path, executors: int) -> dict[str, float]:
    """One job in this process; returns its numbers (called in a fresh subprocess)."""
    from tickerwire.spark import run_job
    from tickerwire.spark.session import spark_session
    from tickerwire.spark.stories import write_stories

    master = f"local-cluster[{executors},1,2048]"
    begun = time.perf_counter()
    spark = spark_session(master)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        warm = corpus.parent / "warm-up"
        if not warm.is_dir():
            from realshaped import write_corpus

            write_corpus(warm, 100, bad=False)
        run_job([warm], output.with_name(output.name + "-warm-up"), session=spark,
                overwrite=True)  # fmt: skip
        cold = time.perf_counter() - begun
        started = time.perf_counter()
        result = run_job([corpus / "files", corpus / "wire"], output, session=spark,
                         stories=False)  # fmt: skip
        tables = time.perf_counter() - started
        stories = write_stories(spark, str(output))
        total = time.perf_counter() - started
        jvm = spark.sparkContext._jvm
        jvm.java.lang.System.gc()  # what the driver JVM still holds once the job is done
        heap = jvm.java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
        pid = jvm.java.lang.ProcessHandle.current().pid()
        return {
            "cold_s": cold,
            "articles": result.stored,
            "stories": stories,
            "tables_s": tables,
            "total_s": total,
            "driver_python_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "driver_jvm_mb": _peak_kb(pid) / 1024,
            "driver_heap_mb": heap.getUsed() / 2**20,
        }
    finally:
        spark.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--executors", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "tw-bench-spark")
    parser.add_argument("--once", nargs=3, metavar=("CORPUS", "OUTPUT", "EXECUTORS"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args()
    if args.once:
        corpus, output, executors = args.once
        print(json.dumps(run_once(Path(corpus), Path(output), int(executors))))
        return
    from realshaped import write_corpus

    print(f"{'articles':>8} {'executors':>9} {'tables rec/s':>12} {'per core':>9} "
          f"{'with stories rec/s':>18} {'stories':>7} {'driver py MB':>12} {'driver JVM MB':>13}"
          f" {'live heap MB':>12} {'cold start s':>12}")  # fmt: skip
    for size in args.sizes:
        corpus = args.work / f"corpus-{size}"
        if not (corpus / "wire").is_dir():
            shutil.rmtree(corpus, ignore_errors=True)
            write_corpus(corpus, size, bad=False)
        for executors in args.executors:
            output = args.work / f"out-{size}-{executors}"
            shutil.rmtree(output, ignore_errors=True)
            done = subprocess.run(
                [sys.executable, __file__, "--once", str(corpus), str(output), str(executors)],
                capture_output=True,
                text=True,
                check=True,
            )
            n = json.loads(done.stdout.strip().splitlines()[-1])
            rate, whole = n["articles"] / n["tables_s"], n["articles"] / n["total_s"]
            print(f"{n['articles']:>8,} {executors:>9} {rate:>12,.0f} {rate / executors:>9,.0f} "
                  f"{whole:>18,.0f} {n['stories']:>7,} {n['driver_python_mb']:>12,.0f} "
                  f"{n['driver_jvm_mb']:>13,.0f} {n['driver_heap_mb']:>12,.0f} "
                  f"{n['cold_s']:>12,.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
