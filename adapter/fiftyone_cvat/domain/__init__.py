"""Pure domain logic: schema, planning, label conversion, merge summaries.

No HTTP and no FiftyOne database here: inputs and outputs are plain data, the
generated ``cvat_api`` models and FiftyOne label objects, so everything is
tested without a server or a dataset.
"""
