"""Many pages at once, without Prefect: inputs, batches, the worker pool, the run report, watching folders.

* :mod:`~textclean.run.inputs`: folders -> input files (defensively read) -> batches of about equal bytes;
* :mod:`~textclean.run.deadline`: a deadline for cleaning one input (``--input-timeout``), in any thread;
* :mod:`~textclean.run.pool`: a batch cleaned, validated and set aside as a part, in a pool of worker processes;
* :mod:`~textclean.run.report`: what a run did, for people (the inputs table and a markdown summary);
* :mod:`~textclean.run.watch`: one event per burst of changes to the inputs (``textclean watch``).

The flows (:mod:`textclean.flows`) wire these into Prefect tasks; anything here also runs from a plain script.
"""
