"""newsclean's test suite."""
