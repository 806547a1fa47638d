/**
 * Everything of the simulator the page loads after its first view, in one module (one dynamic
 * import): the screens but "Inizio", the trainer tools, the activity log, the printable handout and
 * the class-mode link's check. One module keeps the shared code in one chunk with the first view's.
 */
export { CarnetDetail } from './CarnetDetail.tsx';
export { CarnetGenerated } from './CarnetGenerated.tsx';
export { CarnetList } from './CarnetList.tsx';
export { CarnetRequest } from './CarnetRequest.tsx';
export { CigDetail } from './CigDetail.tsx';
export { CigModify } from './CigModify.tsx';
export { CigUse } from './CigUse.tsx';
export { Confirm } from './Confirm.tsx';
export { Handout } from './Handout.tsx';
export { Inbox } from './Inbox.tsx';
export { Log } from './Log.tsx';
export { Outage } from './Outage.tsx';
export { Profile } from './Profile.tsx';
export { SingleDetail } from './SingleDetail.tsx';
export { SingleForm } from './SingleForm.tsx';
export { SingleList } from './SingleList.tsx';
export { SingleModify } from './SingleModify.tsx';
export { TrainerTools, ClassBrief, classRequest } from './TrainerTools.tsx';
