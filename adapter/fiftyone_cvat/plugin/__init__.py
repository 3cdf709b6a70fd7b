"""The plug-in surface FiftyOne and users see: backend config and backend, results,
the API object, and the routes from FiftyOne's own functions to this backend."""
