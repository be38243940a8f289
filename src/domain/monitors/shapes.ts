import type {
  BaselineKind,
  CheckOutcome,
  MonitorKind,
  MonitorMethod,
  NoDataMeaning,
  RegressionDirection,
  RegressionMeasure,
} from './definition.js';

/** What a Monitor node holds (nodes/types.ts): one flat property per setting of its definition. */
export type MonitorShape = {
  /** The system watched. */
  parent?: string;
  system?: string;
  environment?: string;
  name?: string;
  signal?: string;
  monitorKind?: MonitorKind;
  method?: MonitorMethod;
  direction?: RegressionDirection | null;
  minimumDetectableEffect?: number | null;
  /** Null or absent: MEAN (monitors defined before measures existed store none). */
  measure?: RegressionMeasure | null;
  baselineKind?: BaselineKind;
  baselineDataset?: string | null;
  baselineMetric?: string | null;
  baselineRelease?: string | null;
  baselineFrom?: string | null;
  baselineTo?: string | null;
  baselineWindowMs?: number | null;
  currentWindowMs?: number | null;
  warningThreshold?: number | null;
  alertThreshold?: number | null;
  minimumSampleSize?: number;
  noData?: NoDataMeaning;
  failureLimit?: number;
  autoResolveAfter?: number;
};

/** What a MonitorCheck node holds: the windows compared, their sizes, the statistic and the outcome. */
export type MonitorCheckShape = {
  /** The monitor it ran for. */
  parent?: string;
  system?: string;
  environment?: string;
  /** The release served at the check's instant, and the one (or the window) it was compared with. */
  release?: string | null;
  baselineRelease?: string | null;
  /** EVALUATION baseline: the evaluation run whose recorded metric value the check compared with. */
  baselineEvaluation?: string | null;
  baselineValue?: number | null;
  currentFrom?: string | null;
  currentTo?: string | null;
  baselineFrom?: string | null;
  baselineTo?: string | null;
  /** The instant the check answers for (runMonitors' asOf). */
  asOf?: string;
  currentSize?: number;
  /** Null when the baseline is one recorded value (EVALUATION). */
  baselineSize?: number | null;
  method?: string | null;
  statistic?: number | null;
  pValue?: number | null;
  distance?: number | null;
  threshold?: number | null;
  outcome?: CheckOutcome;
  warning?: boolean;
  detail?: string;
};
