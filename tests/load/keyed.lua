-- wrk: the URL given on the command line, with the gateway API key from MAGASIN_API_KEY (servers ignore it).
wrk.headers["X-API-Key"] = os.getenv("MAGASIN_API_KEY") or ""
