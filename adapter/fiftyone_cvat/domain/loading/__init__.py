"""The pure steps of a load, and the typed values that carry it between stages.

``runs/load.py`` downloads, decodes and reads the dataset; everything it decides is
here, with no FiftyOne database and no HTTP:

- :mod:`.id_map`: :class:`IdMap`, FiftyOne's ``id_map`` as a value (what the run
  uploaded; split, restricted and merged into new maps, never edited in place);
- :mod:`.downloaded`: :class:`Downloaded`, the decoded labels in FiftyOne's layout,
  walked, restricted and merged only by its own methods;
- :mod:`.merge_summary`: the compare step (what the merge would change, what the
  run refuses);
- :mod:`.cross_task_copies`, :mod:`.pruning`, :mod:`.new_classes`: copies across
  tasks, samples kept out of the merge, classes added in CVAT;
- :mod:`.report`: :class:`LoadReport`, the fold over a load's tasks;
- :mod:`.outcome`: :class:`LoadOutcome`, what the plug-in hands to FiftyOne;
- :mod:`.load_call`: the ``load_annotations()`` arguments the load acts on.
"""
