"""Where a dataset is built, committed and read back: rows, files, manifest, lock, commit, reuse, validation.

Articles become validated rows (pandera schemas, :mod:`~textclean.dataset.schemas`); the rows are
written as Parquet and JSONL with a manifest and a dataset card, atomically, under a lock; an
incremental run copies unchanged inputs' rows from the previous dataset. Reading and re-validating a
written folder live here too. No Prefect.
"""
