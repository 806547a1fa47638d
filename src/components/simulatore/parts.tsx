/** Small pieces shared by the simulator's screens. */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { SIM } from '../../copy/simulatore.ts';
import { SIM_SCREENS } from '../../copy/simulatore-screens.ts';
import { findFattispecie, LATER_FIELD_OPTIONS } from '../../domain/rules/smartcig.ts';
import { formatAmountIt } from '../../domain/amount-text.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { CigData } from '../../domain/simulation/form.ts';
import type { CarnetView, StateView } from '../../domain/simulation/view.ts';
import type { SimContext, SimEvent } from '../../machines/simulatore.machine.ts';
import { download } from './files.ts';

/** What every screen receives. */
export interface ScreenProps {
  ctx: SimContext;
  view: StateView;
  today: IsoDate;
  send: (e: SimEvent) => void;
}

/** The screen's title: focused when the screen opens. */
export function Heading({ children }: { children: string }) {
  return <h2 tabIndex={-1}>{children}</h2>;
}

export function Code({ code }: { code: string }) {
  return <><code class="sim-code" data-code={code}>{code}</code> <span class="sim-tag">{SIM.simulated}</span></>;
}

/** The service's refusal of an action (not a form error): shown where it happened, focused. */
export function Refusal({ ctx }: { ctx: SimContext }) {
  if (!ctx.refusal || ctx.errors.length) return null;
  return (
    <div class="sim-refusal" role="alert" tabIndex={-1} data-refusal>
      <h3>{SIM_SCREENS.refusedTitle}</h3>
      <p data-refusal-code={ctx.refusal.code}>{ctx.refusal.message}</p>
    </div>
  );
}

/** The selected carnet, and the selected CIG in it, as read on the simulated date. */
export function selectedCarnet({ ctx, view }: ScreenProps) {
  const carnet = view.carnets.find((c) => c.number === ctx.carnet);
  const cig = carnet && ctx.cig ? carnet.cigs[ctx.cig - 1] : undefined;
  return { carnet, cig };
}

export function DataList({ data }: { data: CigData }) {
  const f = findFattispecie(data.fattispecieContrattuale);
  return (
    <dl class="sim-summary">
      <dt>{SIM.fields.fattispecieContrattuale}</dt><dd>{f?.label ?? data.fattispecieContrattuale}</dd>
      <dt>{SIM.fields.importo}</dt><dd>{`€ ${formatAmountIt(data.importo)}`}</dd>
      <dt>{SIM.fields.oggetto}</dt><dd>{data.oggetto}</dd>
      <dt>{SIM.fields.proceduraSceltaContraente}</dt><dd>{data.proceduraSceltaContraente}</dd>
      <dt>{SIM.fields.oggettoPrincipale}</dt><dd>{data.oggettoPrincipale}</dd>
      {data.cigAccordoQuadro && <><dt>{SIM.fields.cigAccordoQuadro}</dt><dd>{data.cigAccordoQuadro}</dd></>}
      {data.cup && <><dt>{SIM.fields.cup}</dt><dd>{data.cup}</dd></>}
      {/* issue 12 (simform): the fields of the later form */}
      {(['centralizzazione', 'motivoRichiesta'] as const).map((field) => {
        const id = data[field];
        if (!id) return null;
        const label = LATER_FIELD_OPTIONS.find((o) => o.field === field && o.id === id)?.label ?? id;
        return <Fragment key={field}><dt>{SIM.fields[field]}</dt><dd>{label}</dd></Fragment>;
      })}
    </dl>
  );
}

export function PdfButton({ carnet, today }: { carnet: CarnetView; today: IsoDate }) {
  const [state, setState] = useState<string | null>(null);
  return (
    <>
      <button type="button" class="sim-button" onClick={async () => {
        setState(SIM_SCREENS.pdfWorking);
        try {
          const { carnetPdf } = await import('./pdf.ts');
          const bytes = await carnetPdf(carnet, today, SIM.cigStatus);
          download(`${carnet.number.replace('/', '-')}-SIMULAZIONE.pdf`, bytes, 'application/pdf');
          setState(null);
        } catch (e) {
          setState(`${SIM_SCREENS.pdfError} ${e instanceof Error ? e.message : String(e)}`);
        }
      }}>{SIM_SCREENS.downloadPdf}</button>
      {state && <span role="status" class="sim-hint"> {state}</span>}
    </>
  );
}
