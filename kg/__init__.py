"""Knowledge graphs from Chinese regional-industry news."""
