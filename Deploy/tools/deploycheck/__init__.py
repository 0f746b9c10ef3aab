"""Offline checks for newswire's deployment files (Deploy/, docker-compose.yml).

Modules: ``kustomize`` renders the Kustomize subset the manifests use, ``jsonpatch`` applies RFC 6902 patches,
``interface`` holds the worker's published interface (environment variables, metrics, topics), and the rule
modules (``workload``, ``custom``, ``compose``, ``dockerfile``) return findings: one string per problem, saying
where it is, what is wrong and what to do.
"""
