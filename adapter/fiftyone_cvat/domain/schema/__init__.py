"""The label schema of a run, pure: specs, attributes, values, CVAT labels and project labels."""
