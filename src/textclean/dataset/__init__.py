"""Where a dataset is built, committed and read back (no Prefect). The modules, in the order the data flows:

- ``rows``: cleaned pages -> validated article and paragraph rows, with tokens, keywords and rejects;
- ``parts``: a batch's rows set aside in the run's work folder until the dataset is written;
- ``files``: the dataset's file names; rows as Parquet and JSONL bytes;
- ``manifest``: versions, inputs, counts and every file's sha256; the key an input's rows are kept under;
- ``lock``: one writer at a time (an ``flock`` on the folder);
- ``commit``: the files replaced as one set (temporary files, a journal, renames), and recovery after a crash;
- ``assemble``: the streamed write of parts and reused rows, in input order, then the commit;
  ``sinks`` (tables by row group, JSONL lines) and ``outputs`` (temporary files or memory) are its parts;
- ``reuse``: the rows of unchanged inputs, found in the previous dataset for an incremental run;
- ``read``: a dataset folder read back and checked against its manifest; "is it current?";
- ``validate``: a written folder re-checked against the schemas and against itself;
- ``schemas``: the pandera schemas and what each column means; ``checks``, their named checks;
  ``arrow``, the Arrow types of the Parquet files;
- ``card``: the dataset's ``README.md``; ``hfmeta``, its YAML header for HuggingFace ``datasets``
  (the tables by name, their features and row counts);
- ``quickcheck``: files hashed again only when their stat changed;
- ``rowgroups``: Parquet written a row group at a time, groups copied as bytes from the previous file.
"""
