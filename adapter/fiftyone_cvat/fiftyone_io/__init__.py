"""FiftyOne's database side: bulk reads of a collection, encoding its labels for a
run, the labels a load compares against, and keeping untouched samples out of the
merge. Never HTTP."""
