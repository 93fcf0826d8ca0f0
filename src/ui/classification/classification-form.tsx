import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { RegionConfig } from '../../config/region-config';
import type { ClassificationDuty } from '../../domain/classification/classification-status';
import type { ClassificationLevels, ProtectionGoal } from '../../domain/classification/classification';
import { requiredMeasures } from '../../domain/classification/protective-measures';
import { addMonthsTo, type IsoDate } from '../../domain/shared/calendar';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import type { NewClassification } from './classification-data';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '56rem' },
  text: { margin: 0 },
  goal: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0 },
  legend: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  // Drawn here rather than by Label, which puts it after all the label's content: under the question.
  asterisk: { color: tokens.colorPaletteRedForeground3, paddingLeft: tokens.spacingHorizontalXS },
  question: { display: 'block', fontWeight: tokens.fontWeightRegular, marginBottom: tokens.spacingVerticalXS },
  // The level's name leads and its consequence follows: Fluent greys an unchosen radio's label, which
  // made the name paler than its own description.
  level: { display: 'block', color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  consequence: { color: tokens.colorNeutralForeground2, display: 'block' },
  measures: { margin: 0, paddingLeft: tokens.spacingHorizontalXL }
});

type Levels = Partial<Record<ProtectionGoal, number>>;

export interface ClassificationFormProps {
  readonly duty: ClassificationDuty;
  readonly config: RegionConfig;
  readonly locale: Locale;
  readonly t: Translate;
  readonly today: IsoDate;
  readonly saving: boolean;
  onSave(draft: NewClassification): void;
  onCancel(): void;
}

/**
 * The guided classification: one question per protection goal in the region's order, each level
 * with its consequence description (configuration, R-ORG-MULTI); the measures the chosen levels
 * require are shown as they are chosen (R-CLS-3), and the review date the save will set (R-CLS-2).
 */
export function ClassificationForm({ duty, config, locale, t, today, saving, onSave, onCancel }: ClassificationFormProps): JSX.Element {
  const styles = useStyles();
  const goals = config.classification.goals;
  const [levels, setLevels] = React.useState<Levels>(() => ({ ...(duty.latest?.levels ?? {}) }));
  const [comment, setComment] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const missing = goals.filter((goal) => levels[goal] === undefined);
  const complete = missing.length === 0;
  // While goals are still unanswered, -1 (below every level) shows what the answered ones already require.
  const measures = requiredMeasures({ confidentiality: -1, integrity: -1, availability: -1, ...levels }, config);
  const labelOf = new Map(config.classification.protectiveMeasures.map((measure) => [measure.key, measure.label[locale]]));

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    setTried(true);
    if (!complete) return;
    onSave({ targetKind: duty.targetKind, targetId: duty.targetId, levels: levels as ClassificationLevels, comment: comment.trim() });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('classification.formHeading', { name: duty.targetName })} noValidate>
      <Text as="p" className={styles.text}>{t('classification.guide')}</Text>
      {goals.map((goal) => (
        <Field
          key={goal}
          // The question comes before the levels (it was a hint below them, read last): the guide asks, then offers the answers.
          label={{
            required: false,
            children: (
              <>
                <span className={styles.legend}>
                  {t(`fields.${goal}`)}
                  <span aria-hidden="true" className={styles.asterisk}>
                    *
                  </span>
                </span>
                <span className={styles.question}>{t(`classification.goalHelp.${goal}`)}</span>
              </>
            )
          }}
          required
          validationMessage={tried && levels[goal] === undefined ? t('classification.chooseLevel') : undefined}
          className={styles.goal}
        >
          <RadioGroup value={levels[goal] === undefined ? '' : String(levels[goal])} onChange={(_, data) => setLevels((current) => ({ ...current, [goal]: Number(data.value) }))} data-testid={`level-${goal}`}>
            {config.classification.consequenceScale.map((level) => (
              <Radio
                key={level.key}
                value={String(level.value)}
                label={
                  <>
                    <span className={styles.level}>{`${level.value} – ${level.label[locale]}`}</span>
                    {level.description ? <span className={styles.consequence}>{level.description[locale]}</span> : null}
                  </>
                }
              />
            ))}
          </RadioGroup>
        </Field>
      ))}

      <div aria-live="polite" data-testid="required-measures">
        <Text as="h3" size={400} weight="semibold" className={styles.text}>
          {t('classification.requiredMeasures')}
        </Text>
        {measures.length === 0 ? (
          <Text as="p" className={styles.text}>{t('classification.noMeasures')}</Text>
        ) : (
          <ul className={styles.measures}>
            {measures.map((measure) => (
              <li key={measure.key}>
                {labelOf.get(measure.key) ?? measure.key} ({t(`fields.${measure.goal}`)} ≥ {measure.fromLevel})
              </li>
            ))}
          </ul>
        )}
      </div>

      <Field label={t('fields.comment')} hint={t('classification.commentHelp')}>
        <Textarea value={comment} onChange={(_, data) => setComment(data.value)} resize="vertical" />
      </Field>

      <Text as="p" className={styles.text} data-testid="next-review">
        {t('classification.nextReviewWillBe', { date: addMonthsTo(today, config.classification.reviewIntervalMonths), months: config.classification.reviewIntervalMonths })}
      </Text>
      {tried && !complete ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('classification.incomplete', { goals: missing.map((goal) => t(`fields.${goal}`)).join(', ') })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button appearance="primary" type="submit" disabled={saving} data-testid="save-classification">
          {saving ? t('classification.saving') : t('classification.save')}
        </Button>{' '}
        <Button type="button" onClick={onCancel}>
          {t('classification.cancel')}
        </Button>
      </div>
    </form>
  );
}
