"""The runs that orchestrate both sides: annotate (upload), load (download) and
import of existing CVAT work."""
