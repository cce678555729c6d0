//! After the evaluation: recording the committee's report, the award (中标), declining or
//! disqualifying a ranked bid, and challenges (质疑) with their answers and complaints (投诉).
//!
//! Each runs on the procurement's stream with the procurement's rules of who may act
//! (`Commanded for Procurement`): the purchasing unit's purchasers for everything but a
//! challenge, which the bidding organisation files with its own token.

use async_graphql::{Context, InputObject, Object, Result};
use civic_domain::ProcurementCommand;
use uuid::Uuid;

use super::command::{CommandInput, Mutation, run};
use super::procurement::{ChallengeDecision, ProcurementCommandInput, ProcurementPayload};

macro_rules! mutations {
    ($($name:ident => $payload:literal),* $(,)?) => {$(
        pub enum $name {}
        impl Mutation for $name {
            const PAYLOAD: &'static str = $payload;
        }
    )*};
}

mutations!(
    RecordEvaluation => "RecordEvaluationPayload",
    AwardProcurement => "AwardProcurementPayload",
    DeclineAward => "DeclineAwardPayload",
    DisqualifyBid => "DisqualifyBidPayload",
    ChallengeAward => "ChallengeAwardPayload",
    AnswerChallenge => "AnswerChallengePayload",
    RecordComplaint => "RecordComplaintPayload",
);

#[derive(InputObject)]
pub struct AwardProcurementInput {
    pub procurement_id: Uuid,
    /// The top-ranked bid still standing (AWARD-RANK).
    pub bid_id: Uuid,
    #[graphql(flatten)]
    pub command: CommandInput,
}

/// Declines or disqualifies a ranked bid, with the reason it records.
#[derive(InputObject)]
pub struct RankedBidReasonInput {
    pub procurement_id: Uuid,
    pub bid_id: Uuid,
    pub reason: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct ChallengeAwardInput {
    pub procurement_id: Uuid,
    /// The challenging bidder: the organisation of the caller's token.
    pub organisation_id: Uuid,
    /// 质疑事项 and its grounds.
    pub grounds: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct AnswerChallengeInput {
    pub procurement_id: Uuid,
    pub challenge_id: Uuid,
    pub decision: ChallengeDecision,
    /// The written reply (答复), recorded as the command's reason.
    pub reply: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(InputObject)]
pub struct RecordComplaintInput {
    pub procurement_id: Uuid,
    pub challenge_id: Uuid,
    /// The finance department's reference for the complaint (投诉).
    pub reference: String,
    #[graphql(flatten)]
    pub command: CommandInput,
}

#[derive(Default)]
pub struct AwardMutation;

#[Object]
impl AwardMutation {
    /// Records the report of the committee of the procurement's current evaluation round.
    /// `concludeEvaluation` does this itself; this repeats it if that step failed.
    async fn record_evaluation(
        &self,
        ctx: &Context<'_>,
        input: ProcurementCommandInput,
    ) -> Result<ProcurementPayload<RecordEvaluation>> {
        run(
            ctx,
            input.procurement_id,
            ProcurementCommand::RecordEvaluation,
            input.command,
        )
        .await
    }

    /// Notices the award (中标公告) to the top-ranked bid still standing; the challenge window
    /// runs from now.
    async fn award_procurement(
        &self,
        ctx: &Context<'_>,
        input: AwardProcurementInput,
    ) -> Result<ProcurementPayload<AwardProcurement>> {
        let command = ProcurementCommand::Award {
            bid_id: input.bid_id,
        };
        run(ctx, input.procurement_id, command, input.command).await
    }

    /// The bidder declines the award: the next in rank becomes the candidate (or the
    /// procurement fails when none is left).
    async fn decline_award(
        &self,
        ctx: &Context<'_>,
        input: RankedBidReasonInput,
    ) -> Result<ProcurementPayload<DeclineAward>> {
        let command = ProcurementCommand::DeclineAward {
            bid_id: input.bid_id,
            reason: input.reason,
        };
        run(ctx, input.procurement_id, command, input.command).await
    }

    /// Disqualifies a ranked bid, with the reason: the next in rank becomes the candidate.
    async fn disqualify_bid(
        &self,
        ctx: &Context<'_>,
        input: RankedBidReasonInput,
    ) -> Result<ProcurementPayload<DisqualifyBid>> {
        let command = ProcurementCommand::Disqualify {
            bid_id: input.bid_id,
            reason: input.reason,
        };
        run(ctx, input.procurement_id, command, input.command).await
    }

    /// A bidder challenges the award (质疑) within the window: an ngo token of the bidding
    /// organisation.
    async fn challenge_award(
        &self,
        ctx: &Context<'_>,
        input: ChallengeAwardInput,
    ) -> Result<ProcurementPayload<ChallengeAward>> {
        // A retry under the same commandId is answered with the first challenge: the digest
        // leaves the fresh challenge id out.
        let command = ProcurementCommand::Challenge {
            challenge_id: Uuid::now_v7(),
            organisation_id: input.organisation_id,
            grounds: input.grounds,
        };
        run(ctx, input.procurement_id, command, input.command).await
    }

    /// The purchaser answers a challenge: dismissed, upheld for a re-evaluation (a new
    /// committee is then constituted), or upheld for a re-procurement (the procurement fails).
    async fn answer_challenge(
        &self,
        ctx: &Context<'_>,
        input: AnswerChallengeInput,
    ) -> Result<ProcurementPayload<AnswerChallenge>> {
        let command = ProcurementCommand::AnswerChallenge {
            challenge_id: input.challenge_id,
            decision: input.decision.into(),
            reply: input.reply,
        };
        run(ctx, input.procurement_id, command, input.command).await
    }

    /// Records a complaint (投诉) filed with the finance department about a challenge, by its
    /// reference.
    async fn record_complaint(
        &self,
        ctx: &Context<'_>,
        input: RecordComplaintInput,
    ) -> Result<ProcurementPayload<RecordComplaint>> {
        let command = ProcurementCommand::RecordComplaint {
            challenge_id: input.challenge_id,
            reference: input.reference,
        };
        run(ctx, input.procurement_id, command, input.command).await
    }
}
