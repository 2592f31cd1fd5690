#!/usr/bin/env python3
"""The other side of two `make bench` comparisons, timed like `pantau bench`: CPU seconds of the work only, not of loading.

usage: bench_python.py spacy TEXTS.jsonl      spaCy's tokenizer (blank Indonesian pipeline) over the texts
       bench_python.py trafilatura FOLDER     trafilatura.extract with metadata over every file's bytes
Prints one JSON line.
"""
import json
import os
import sys
import time


def spacy_tokens(path):
    import spacy
    nlp = spacy.blank("id")
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line) for line in f if line.strip()]
    start = time.thread_time()
    tokens = sum(len(nlp.tokenizer(text)) for text in texts)
    seconds = time.thread_time() - start
    return {"tool": "spacy", "version": spacy.__version__, "documents": len(texts), "tokens": tokens,
            "bytes": sum(len(t.encode("utf-8")) for t in texts), "seconds": seconds}


def trafilatura_extract(folder):
    import trafilatura
    pages = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            pages.append(f.read())
    start = time.thread_time()
    found = sum(1 for page in pages if trafilatura.extract(page, with_metadata=True, output_format="json"))
    seconds = time.thread_time() - start
    return {"tool": "trafilatura", "version": trafilatura.__version__, "documents": len(pages), "extracted": found,
            "bytes": sum(map(len, pages)), "seconds": seconds}


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    print(json.dumps(spacy_tokens(path) if mode == "spacy" else trafilatura_extract(path)))
