"""The file ``spark-submit`` runs (a script path, as spark-submit wants):

    spark-submit --master yarn "$(python -m tickerwire.spark.submit --path)" INPUT... OUTPUT

It only hands over to `tickerwire.spark.job.main`, which uses the session spark-submit made.
"""

from __future__ import annotations

import sys

from tickerwire.spark.job import main

if __name__ == "__main__":
    sys.exit(main())
