// Everything a strategy recommendation weighs about one use case, as the graph stood at $view, in one
// round trip: the use case, the systems serving it and, per system, its newest releases (what they pin,
// the data their model was trained on, their retrieval corpus and how often it got new versions, their
// newest evaluations), its rollbacks and drift alerts; and the strategy decisions taken so far (this use
// case's first), each with what happened on the decided use case's systems afterwards. Every node whose
// facts can be classified comes with its classification: the caller keeps what the reader may see
// (src/domain/recommend/reader-view.ts), so nothing here filters by clearance.
// Every step only crosses what existed at $view (a relationship with since <= $view and no `until` by
// then, into a node created by then), so the answer is the graph as it stood. Every list is bounded by
// a limit one above the bound the caller reports, so it can tell "exactly" from "cut short".
// Releases, evaluations, alias moves, drift alerts and decisions are found through the (kind, parent,
// createdAt) and (kind, createdAt) indexes, never by a release's relationships or its children alone
// (thousands of invocations use it and sit under it).
MATCH (u:Node {id: $useCase})
WHERE u.kind = 'UseCase' AND u.createdAt <= $view
CALL (u) {
  MATCH (u)-[s:SERVED_BY]->(sys:Node)
  WHERE s.since <= $view AND (s.until IS NULL OR s.until > $view) AND sys.createdAt <= $view
  WITH sys ORDER BY sys.id LIMIT $systems
  RETURN collect(sys {.id,
    releases: COLLECT {
      MATCH (r:Node)
      WHERE r.kind = 'Release' AND r.parent = sys.id AND r.createdAt <= $view
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
            recent: COLLECT {
              MATCH (x:Node)
              WHERE x.kind = cv.kind AND x.parent = cv.parent AND x.createdAt > $freshFrom AND x.createdAt <= $view
              RETURN x {.classification}
              LIMIT $events
            }}
          LIMIT $releases
        },
        evaluations: COLLECT {
          MATCH (ev:Node)
          WHERE ev.kind = 'EvaluationRun' AND ev.parent = r.id AND ev.createdAt <= $view AND (ev.retractedAt IS NULL OR ev.retractedAt > $view)
          RETURN ev {.id, .score, .threshold, .passed, .primaryMetric}
          ORDER BY ev.createdAt DESC
          LIMIT $evaluations
        }}
    },
    rollbacks: COLLECT {
      MATCH (a:Node)
      WHERE a.kind = 'Alias' AND a.parent = sys.id AND a.createdAt <= $view
      MATCH (m:Node)
      WHERE m.kind = 'AliasMove' AND m.parent = a.id AND m.moveKind = 'ROLLBACK' AND m.createdAt <= $view
      OPTIONAL MATCH (from:Node {id: m.fromRelease})
      RETURN m {.id, .fromRelease, .environment,
        fromPins: [(from)-[p:PINS]->(v) WHERE p.since <= $view AND (p.until IS NULL OR p.until > $view) | {role: p.role, modelKind: v.modelKind}]}
      ORDER BY m.createdAt DESC
      LIMIT $events
    },
    drift: COLLECT {
      MATCH (d:Node)
      WHERE d.kind = 'DriftAlert' AND d.parent = sys.id AND d.createdAt <= $view AND (d.resolvedAt IS NULL OR d.resolvedAt > $view)
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
    RETURN d {.id, .classification, .strategy, .followed, .recommendation,
      useCase: o {.*},
      evaluated: COLLECT {
        UNWIND systemIds AS sid
        MATCH (r:Node) WHERE r.kind = 'Release' AND r.parent = sid AND r.createdAt <= $view
        MATCH (ev:Node)
        WHERE ev.kind = 'EvaluationRun' AND ev.parent = r.id AND ev.createdAt > d.createdAt AND ev.createdAt <= $view
          AND ev.passed IS NOT NULL AND (ev.retractedAt IS NULL OR ev.retractedAt > $view)
        RETURN ev {.id, .passed} LIMIT $evaluations
      },
      setbacks: COLLECT {
        UNWIND systemIds AS sid
        MATCH (x:Node)
        WHERE x.kind = 'DriftAlert' AND x.parent = sid AND x.createdAt > d.createdAt AND x.createdAt <= $view
        RETURN x.id LIMIT $events
      } + COLLECT {
        UNWIND systemIds AS sid
        MATCH (a:Node) WHERE a.kind = 'Alias' AND a.parent = sid
        MATCH (x:Node)
        WHERE x.kind = 'AliasMove' AND x.parent = a.id AND x.moveKind = 'ROLLBACK' AND x.createdAt > d.createdAt AND x.createdAt <= $view
        RETURN x.id LIMIT $events
      }}
    ORDER BY d.parent = u.id DESC, d.createdAt DESC
  } AS decisions
