"""The CVAT side: settings, errors, retries, the authenticated connection, media
uploads and typed endpoint helpers, over the generated ``cvat_api`` client.
Never FiftyOne."""
