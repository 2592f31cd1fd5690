#!/usr/bin/env python3
"""Pipes Pantau stream records through `pantau stream` on Spark executors.

usage: spark_job.py RECORDS OUTPUT PANTAU [--master local[2]] [--partitions 2] [--jobs 1]

RECORDS is a JSONL file (or folder, or any path Spark reads: hdfs://, s3a://) of stream
records, e.g. written by `pantau stream --pack CORPUS`. Each partition goes through one
`pantau stream` process; result lines land in OUTPUT/part-NNNNN, which `pantau merge`
turns into the dataset. See docs/SPARK.md.
"""
import argparse
import shlex

from pyspark import SparkConf, SparkContext


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("records")
    parser.add_argument("output")
    parser.add_argument("pantau", help="path of the pantau binary on every executor")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=1, help="pantau workers per partition")
    args = parser.parse_args()

    conf = SparkConf().setAppName("pantau-stream").setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    records = sc.textFile(args.records, minPartitions=args.partitions)
    # Exactly the requested number of partitions, so each executor gets a share.
    records = records.repartition(args.partitions) if records.getNumPartitions() < args.partitions else records
    # pipe() splits the command itself, shell-style.
    command = f"{shlex.quote(args.pantau)} stream --jobs {args.jobs}"
    results = records.pipe(command)
    results.saveAsTextFile(args.output)
    count = sc.textFile(args.output).count()
    print(f"spark: {count} result lines from {records.getNumPartitions()} partitions in {args.output}")
    sc.stop()


if __name__ == "__main__":
    main()
