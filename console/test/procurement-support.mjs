// What the procurement journeys stand on (procurement.test.mjs, bids.test.mjs): a Futian ledger
// with its catalogue, registered organisations, a purchasing unit, and procurements and bids made
// through the API.

import { createHash, randomUUID } from 'node:crypto';
import * as s from './support.mjs';

export const J = '440304';

/** A registered (approved) social service organisation of Futian. */
export async function registered(server, registrar, name, serial) {
  const org = await s.apply(server, registrar, s.application(name, serial, J));
  await s.gql(server, registrar, 'mutation($id: UUID!) { approveRegistration(input: {organisationId: $id}) { version } }', { id: org.id });
  return org.id;
}

/** A fresh ledger with Futian's catalogue loaded, two registered organisations and a purchasing unit. */
export async function futianLedger() {
  const dir = s.freshDir();
  const server = await s.startServer(dir);
  const admin = s.token(dir, 'admin', 'admin');
  const registrar = s.token(dir, 'registrar', 'li.na', J);
  await s.gql(server, admin, 'mutation($j: String!) { loadDefaultCatalogue(input: {jurisdiction: $j}) { version } }', { j: J });
  const a = await registered(server, registrar, '福田区紫藤长者服务中心', 41);
  const b = await registered(server, registrar, '福田区青竹社工服务中心', 42);
  const unit = randomUUID();
  const purchaser = purchaserToken(dir, unit);
  return { dir, server, admin, registrar, a, b, unit, purchaser };
}

export function ngoToken(dir, organisation) {
  return s.cli(['token', 'issue', '--data-dir', dir, '--role', 'ngo', '--subject', 'ngo-' + organisation.slice(0, 8), '--organisation', organisation]).trim();
}

export function purchaserToken(dir, unit) {
  return s.cli(['token', 'issue', '--data-dir', dir, '--role', 'purchaser', '--subject', 'chen.jing', '--jurisdiction', J, '--organisation', unit]).trim();
}

const day = (d) => d.toISOString().slice(0, 10);

/** A procurement drafted and published through the API, its deadline `days` from now. */
export async function published(server, purchaser, title, { days = 21, requirements } = {}) {
  const deadline = new Date(Date.now() + days * 86400e3);
  const input = {
    purchaser: '深圳市福田区民政局',
    title,
    description: '为辖区老年人提供居家上门服务',
    item: 'A0101',
    method: 'OPEN_TENDER',
    budgetFen: 50_000_000,
    bidSecurityFen: 1_000_000,
    serviceStart: day(new Date(deadline.getTime() + 30 * 86400e3)),
    serviceEnd: day(new Date(deadline.getTime() + 300 * 86400e3)),
    scoring: { priceWeightPercent: 30, criteria: [{ key: 'plan', name: '服务方案', maxPoints: 40 }, { key: 'team', name: '团队与经验', maxPoints: 30 }] },
    bidDeadline: deadline.toISOString(),
    openingAt: new Date(deadline.getTime() + 3600e3).toISOString(),
  };
  // Organisations registered today bid only where no years of registration are asked.
  input.requirements = { kinds: [], minYearsRegistered: 0, ...requirements };
  const d = await s.gql(server, purchaser, 'mutation($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }', { i: input });
  const id = d.draftProcurement.id;
  await s.gql(server, purchaser, 'mutation($id: UUID!) { publishProcurement(input: {procurementId: $id}) { version } }', { id });
  return id;
}

export async function bid(server, ngo, procurementId, priceFen, proposal, documents = []) {
  const d = await s.gql(
    server,
    ngo,
    'mutation($i: SubmitBidInput!) { submitBid(input: $i) { id commitment } }',
    { i: { procurementId, priceFen, technicalProposal: proposal, documents } },
  );
  return d.submitBid;
}

/** The document the first bidder of an `awardedLedger` names: its plan, by its SHA-256. */
export const BID_DOCUMENT = { name: '助餐服务方案.pdf', sha256: createHash('sha256').update('助餐服务方案（全文）').digest('hex') };

/** A valid 居民身份证号码 (GB 11643 check digit) for the `n`th test expert. */
export function idNumber(n) {
  const first17 = '4403041975' + String(100 + n).padStart(7, '0');
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, c, i) => acc + Number(c) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** `count` experts in Futian's pool (the first opens it). */
export async function expertPool(server, admin, count) {
  for (let n = 0; n < count; n++) {
    await s.gql(server, admin, 'mutation($i: AddPoolExpertInput!) { addPoolExpert(input: $i) { version } }', {
      i: { jurisdiction: J, name: `评审专家${n}`, idNumber: idNumber(n) },
    });
  }
}

export function evaluatorToken(dir, expertId) {
  return s.cli(['token', 'issue', '--data-dir', dir, '--role', 'evaluator', '--subject', 'expert-' + expertId.slice(-6), '--organisation', expertId]).trim();
}

/**
 * A procurement driven to its award through the API, as its users would: three registered
 * bidders, six experts, the procurement published, three sealed bids, the ledger moved a month
 * back (the opening come), the opening, five experts' sheets, the conclusion and the award to
 * the top-ranked bid. Returns the ledger with its server running on the moved copy. With
 * `procure(ledger)`, that procurement is the one it resolves to (published by `ledger.purchaser`,
 * bids taken for at least three weeks, a budget of at least ¥420,000, two or more criteria, no
 * years of registration asked): a journey that drafts it in the console hands it on here.
 */
export async function awardedLedger(title, { procure } = {}) {
  const ledger = await futianLedger();
  const c = await registered(ledger.server, ledger.registrar, '福田区松柏社区服务中心', 43);
  await expertPool(ledger.server, ledger.admin, 6);
  const procurementId = procure ? await procure(ledger) : await published(ledger.server, ledger.purchaser, title);
  const bidders = [ledger.a, ledger.b, c];
  for (const [i, org] of bidders.entries()) {
    // The first bidder names its plan as a document, by its digest (BID_DOCUMENT).
    await bid(ledger.server, ngoToken(ledger.dir, org), procurementId, 40_000_000 + 1_000_000 * i, `助餐方案${i}`, i === 0 ? [BID_DOCUMENT] : []);
  }
  await ledger.server.stop();
  const dir = s.backdated(ledger.dir, 30);
  const server = await s.startServer(dir);
  const buyer = ledger.purchaser;
  const opened = await s.gql(server, buyer, 'mutation($p: UUID!) { openBids(input: {procurementId: $p}) { openedBids { bidId organisationId priceFen valid } } }', { p: procurementId });
  const bids = opened.openBids.openedBids.filter((b) => b.valid).map((b) => b.bidId);
  const constituted = await s.gql(
    server,
    buyer,
    'mutation($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { committeeId members { memberId sitting } } }',
    { i: { procurementId, experts: 5, representatives: [] } },
  );
  const { committeeId, members } = constituted.constituteCommittee;
  // The procurement's own criteria (`published` names them plan and team, out of 40 and 30):
  // the first ranks the bids, the others score them alike.
  const { procurement } = await s.gql(server, buyer, 'query($id: UUID!) { procurement(id: $id) { scoring { criteria { key } } } }', { id: procurementId });
  const keys = procurement.scoring.criteria.map((x) => x.key);
  for (const m of members.filter((x) => x.sitting)) {
    const scores = bids.map((bidId, i) => ({ bidId, criteria: keys.map((key, k) => ({ key, pointsHundredths: k === 0 ? 3_800 - 300 * i : 2_500 })) }));
    await s.gql(server, evaluatorToken(dir, m.memberId), 'mutation($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { committeeId } }', {
      i: { committeeId, memberId: m.memberId, scores },
    });
  }
  const concluded = await s.gql(server, buyer, 'mutation($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { report { ranking { bidId organisationId } } } }', { i: { committeeId } });
  const top = concluded.concludeEvaluation.report.ranking[0];
  await s.gql(server, buyer, 'mutation($i: AwardProcurementInput!) { awardProcurement(input: $i) { status } }', { i: { procurementId, bidId: top.bidId } });
  const priceFen = opened.openBids.openedBids.find((b) => b.bidId === top.bidId).priceFen;
  return { ...ledger, dirs: [ledger.dir, dir], dir, server, procurementId, winner: top.organisationId, priceFen };
}

/**
 * The contract of an `awardedLedger` procurement signed (one delivery for the whole service,
 * one payment of the whole amount after it), accepted, paid in full and completed through the
 * API: what a performance evaluation stands on. Returns the contract's id.
 */
export async function completedContract(ledger) {
  const { server, purchaser: buyer } = ledger;
  const { procurement } = await s.gql(server, buyer, 'query($id: UUID!) { procurement(id: $id) { serviceStart serviceEnd } }', { id: ledger.procurementId });
  const signed = await s.gql(server, buyer, 'mutation($i: SignContractInput!) { signContract(input: $i) { id } }', {
    i: {
      procurementId: ledger.procurementId,
      supplier: ledger.winner,
      amountFen: ledger.priceFen,
      serviceStart: procurement.serviceStart,
      serviceEnd: procurement.serviceEnd,
      milestones: [
        { id: 'D1', kind: 'DELIVERY', title: '全年助餐服务验收', due: procurement.serviceEnd },
        { id: 'P1', kind: 'PAYMENT', title: '合同价款', due: procurement.serviceEnd, amountFen: ledger.priceFen, follows: 'D1' },
      ],
    },
  });
  const contractId = signed.signContract.id;
  await s.gql(server, buyer, 'mutation($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }', {
    i: { contractId, milestoneId: 'D1', passed: true, recipientsParticipating: 12, recipientsNote: '长者代表', report: '服务符合合同约定' },
  });
  await s.gql(server, buyer, 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }', {
    i: { contractId, milestoneId: 'P1', amountFen: ledger.priceFen, reference: '国库集中支付凭证 2026-101' },
  });
  await s.gql(server, buyer, 'mutation($i: ContractCommandInput!) { completeContract(input: $i) { version } }', { i: { contractId } });
  return contractId;
}

