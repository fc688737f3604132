import { formatDecimal, formatFraction } from "./format";
import type { Fraction } from "./models";

/** "7 1/3 / 10 (7.33)": exact first, decimal when the score is not whole. */
export const ScoreText = ({ score, maxScore }: { score: Fraction; maxScore: Fraction }) => {
  const exact = formatFraction(score.numerator, score.denominator);
  const decimal = formatDecimal(score.numerator, score.denominator);
  const whole = score.numerator % score.denominator === 0;
  return (
    <span class="score-text">
      <strong class="score-value">{exact}</strong>
      <span class="score-max"> / {formatFraction(maxScore.numerator, maxScore.denominator)}</span>
      {whole ? null : <span class="score-decimal"> ({decimal})</span>}
    </span>
  );
};
