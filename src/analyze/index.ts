/** Batch analysis of JSON Lines ads (shared/spec/analyze-format.md) and corpus evaluation. */
export { analyzeStream, type AnalyzeCounts, type AnalyzeOptions, type AnalyzeProgress } from './analyze.js';
export {
  evaluateIndicators,
  formatEvalTable,
  type EvalOptions,
  type EvalResult,
  type IndicatorScore,
} from './eval.js';
export { parseAdLine, type LineResult } from './input.js';
export { publishedFacts, resultLine, type ResultExtracted, type ResultLine } from './output.js';
