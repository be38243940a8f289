"""Sends OpenLineage events to Provenant through the official client's HTTP transport, configured the
way a producer is: only the API's base URL and an API key (plus gzip when asked).
Usage: emit_events.py URL API_KEY NAMESPACE RUN_ID [gzip]. Prints what it sent as JSON."""
import json
import sys
from datetime import datetime, timedelta, timezone

from openlineage.client import OpenLineageClient
from openlineage.client.event_v2 import (
    DatasetEvent,
    InputDataset,
    Job,
    JobEvent,
    OutputDataset,
    Run,
    RunEvent,
    RunState,
    StaticDataset,
)
from openlineage.client.facet_v2 import column_lineage_dataset, schema_dataset, sql_job

PRODUCER = "https://github.com/provenant/tests/emit_events.py"


def main() -> None:
    url, api_key, namespace, run_id = sys.argv[1:5]
    transport = {"type": "http", "url": url, "auth": {"type": "api_key", "apiKey": api_key}}
    if len(sys.argv) > 5 and sys.argv[5] == "gzip":
        transport["compression"] = "gzip"
    client = OpenLineageClient(config={"transport": transport})

    job = Job(namespace=namespace, name="etl.build_claims", facets={"sql": sql_job.SQLJobFacet(query="INSERT INTO claims SELECT id, amount FROM raw_claims")})
    raw = InputDataset(
        namespace="postgres://warehouse:5432",
        name="public.raw_claims",
        facets={"schema": schema_dataset.SchemaDatasetFacet(fields=[schema_dataset.SchemaDatasetFacetFields(name="id", type="int"), schema_dataset.SchemaDatasetFacetFields(name="amount", type="numeric")])},
    )
    lineage = column_lineage_dataset.ColumnLineageDatasetFacet(
        fields={
            "amount_eur": column_lineage_dataset.Fields(
                inputFields=[
                    column_lineage_dataset.InputField(
                        namespace="postgres://warehouse:5432",
                        name="public.raw_claims",
                        field="amount",
                        transformations=[column_lineage_dataset.Transformation(type="DIRECT", subtype="TRANSFORMATION", description="amount * rate", masking=False)],
                    )
                ]
            )
        }
    )
    out = OutputDataset(
        namespace="postgres://warehouse:5432",
        name="public.claims",
        facets={"schema": schema_dataset.SchemaDatasetFacet(fields=[schema_dataset.SchemaDatasetFacetFields(name="amount_eur", type="numeric")]), "columnLineage": lineage},
    )
    start = datetime.now(timezone.utc) - timedelta(minutes=2)
    run = Run(runId=run_id)
    client.emit(RunEvent(eventType=RunState.START, eventTime=start.isoformat(), run=run, job=job, producer=PRODUCER, inputs=[raw], outputs=[out]))
    client.emit(RunEvent(eventType=RunState.COMPLETE, eventTime=(start + timedelta(minutes=1)).isoformat(), run=run, job=job, producer=PRODUCER, inputs=[raw], outputs=[out]))
    client.emit(JobEvent(eventTime=start.isoformat(), job=Job(namespace=namespace, name="etl.declared"), producer=PRODUCER, inputs=[raw], outputs=[out]))
    client.emit(DatasetEvent(eventTime=start.isoformat(), dataset=StaticDataset(namespace="postgres://warehouse:5432", name="public.reference_rates"), producer=PRODUCER))
    print(json.dumps({"runId": run_id, "events": 4}))


if __name__ == "__main__":
    main()
