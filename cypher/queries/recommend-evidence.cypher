// Everything a strategy recommendation weighs about one use case, as the graph stood at $view, in one
// round trip: the use case, the systems serving it and, per system, its newest releases (what they pin,
// the data their model was trained on, their retrieval corpus and how often it got new versions, their
// newest evaluations), its rollbacks and drift alerts; and the strategy decisions taken so far (this use
// case's first), each with what happened on the decided use case's systems afterwards.
// Every step only crosses what existed at $view (a relationship with since <= $view and no `until` by
// then, into a node created by then), so the answer is the graph as it stood. Every list is bounded by
// a limit one above the bound the caller reports, so it can tell "exactly" from "cut short".
// Releases, evaluations, alias moves, drift alerts and decisions are found through the (parent,
// createdAt) and (kind, createdAt) indexes, not by expanding a release's relationships (thousands of
// invocations use it).
MATCH (u:Node {id: $useCase})
WHERE u.kind = 'UseCase' AND u.createdAt <= $view
CALL (u) {
  MATCH (u)-[s:SERVED_BY]->(sys:Node)
  WHERE s.since <= $view AND (s.until IS NULL OR s.until > $view) AND sys.createdAt <= $view
  WITH sys ORDER BY sys.id LIMIT $systems
  RETURN collect(sys {.id,
    releases: COLLECT {
      MATCH (r:Node {parent: sys.id})
      WHERE r.kind = 'Release' AND r.createdAt <= $view
      WITH r ORDER BY r.version DESC LIMIT $releases
      RETURN r {.id, .version,
        pins: [(r)-[p:PINS]->(v) WHERE p.since <= $view AND (p.until IS NULL OR p.until > $view) AND v.createdAt <= $view
               | {id: v.id, kind: v.kind, role: p.role, modelKind: v.modelKind}],
        trainingData: COLLECT {
          MATCH (r)-[p:PINS {role: 'model'}]->(mv:Node)-[g:WAS_GENERATED_BY]->(tr:Node)-[tu:USED {role: 'training-data'}]->(dv:Node)
          WHERE p.since <= $view AND (p.until IS NULL OR p.until > $view) AND mv.createdAt <= $view
            AND g.since <= $view AND (g.until IS NULL OR g.until > $view) AND tr.createdAt <= $view
            AND tu.since <= $view AND (tu.until IS NULL OR tu.until > $view) AND dv.createdAt <= $view
          RETURN DISTINCT dv {.id, .rowCount, .labelQuality, .classification, run: tr.id}
          LIMIT $releases
        },
        corpus: COLLECT {
          MATCH (r)-[p:PINS {role: 'retrieval'}]->(rc:Node)-[c:WAS_DERIVED_FROM {role: 'corpus'}]->(cv:Node)
          WHERE p.since <= $view AND (p.until IS NULL OR p.until > $view) AND rc.createdAt <= $view
            AND c.since <= $view AND (c.until IS NULL OR c.until > $view) AND cv.createdAt <= $view
          RETURN DISTINCT cv {.id, .kind, .rowCount, .classification,
            recentVersions: COUNT {
              MATCH (x:Node {parent: cv.parent})
              WHERE x.createdAt > $freshFrom AND x.createdAt <= $view AND x.kind = cv.kind
            }}
          LIMIT $releases
        },
        evaluations: COLLECT {
          MATCH (ev:Node {parent: r.id})
          WHERE ev.kind = 'EvaluationRun' AND ev.createdAt <= $view AND (ev.retractedAt IS NULL OR ev.retractedAt > $view)
          RETURN ev {.id, .score, .threshold, .passed, .primaryMetric}
          ORDER BY ev.createdAt DESC
          LIMIT $evaluations
        }}
    },
    rollbacks: COLLECT {
      MATCH (a:Node {parent: sys.id})
      WHERE a.kind = 'Alias' AND a.createdAt <= $view
      MATCH (m:Node {parent: a.id})
      WHERE m.kind = 'AliasMove' AND m.moveKind = 'ROLLBACK' AND m.createdAt <= $view
      OPTIONAL MATCH (from:Node {id: m.fromRelease})
      RETURN m {.id, .fromRelease, .environment,
        fromPins: [(from)-[p:PINS]->(v) WHERE p.since <= $view AND (p.until IS NULL OR p.until > $view) | {role: p.role, modelKind: v.modelKind}]}
      ORDER BY m.createdAt DESC
      LIMIT $events
    },
    drift: COLLECT {
      MATCH (d:Node {parent: sys.id})
      WHERE d.kind = 'DriftAlert' AND d.createdAt <= $view AND (d.resolvedAt IS NULL OR d.resolvedAt > $view)
      OPTIONAL MATCH (rel:Node {id: d.release})
      RETURN d {.id, .release,
        releasePins: [(rel)-[p:PINS]->(v) WHERE p.since <= $view AND (p.until IS NULL OR p.until > $view) | {role: p.role, modelKind: v.modelKind}]}
      ORDER BY d.createdAt DESC
      LIMIT $events
    }
  }) AS systems
}
RETURN u {.*} AS useCase, systems,
  COLLECT {
    MATCH (d:Node)
    WHERE d.kind = 'StrategyDecision' AND d.createdAt <= $view AND (d.retractedAt IS NULL OR d.retractedAt > $view)
    MATCH (o:Node {id: d.parent})
    WITH d, o ORDER BY d.parent = u.id DESC, d.createdAt DESC
    LIMIT $decisions
    WITH d, o, COLLECT {
      MATCH (o)-[s:SERVED_BY]->(sys:Node)
      WHERE s.since <= $view AND (s.until IS NULL OR s.until > $view)
      RETURN sys.id LIMIT $systems
    } AS systemIds
    RETURN d {.id, .strategy, .followed, .recommendation,
      useCase: o {.*},
      evaluated: COLLECT {
        UNWIND systemIds AS sid
        MATCH (r:Node {parent: sid}) WHERE r.kind = 'Release' AND r.createdAt <= $view
        MATCH (ev:Node {parent: r.id})
        WHERE ev.kind = 'EvaluationRun' AND ev.createdAt > d.createdAt AND ev.createdAt <= $view
          AND ev.passed IS NOT NULL AND (ev.retractedAt IS NULL OR ev.retractedAt > $view)
        RETURN ev {.id, .passed} LIMIT $evaluations
      },
      setbacks: COLLECT {
        UNWIND systemIds AS sid
        CALL (sid) {
          MATCH (x:Node {parent: sid}) WHERE x.kind = 'DriftAlert'
          RETURN x
          UNION
          MATCH (a:Node {parent: sid}) WHERE a.kind = 'Alias'
          MATCH (x:Node {parent: a.id}) WHERE x.kind = 'AliasMove' AND x.moveKind = 'ROLLBACK'
          RETURN x
        }
        WITH x WHERE x.createdAt > d.createdAt AND x.createdAt <= $view
        RETURN x.id LIMIT $events
      }}
    ORDER BY d.parent = u.id DESC, d.createdAt DESC
  } AS decisions
