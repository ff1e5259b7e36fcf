"""Many pages at once, without Prefect: inputs, batches, the worker pool, the run report, watching folders.

The flows (:mod:`textclean.flows`) wire these into Prefect tasks; anything here also runs from a plain script.
"""
