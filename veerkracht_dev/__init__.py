"""Development helpers that do not ship with the plugin: the generator of the fictional demo city Veerstad
(``demo_city``, written to veerkracht_plugin/resources/demo/ by scripts/make_demo_data.py)."""
