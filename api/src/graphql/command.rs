//! How every mutation runs its command, whatever the aggregate: the viewer is authorised
//! before anything is loaded, the command runs on the ledger's one command path
//! ([`crate::ledger::Ledger::execute`]) as the viewer, and the answer is the aggregate's view of
//! the stream after it, named after the mutation. What differs per aggregate is
//! [`Commanded`]; a new aggregate implements it and writes its mutations' inputs.

use std::borrow::Cow;
use std::fmt::Display;
use std::marker::PhantomData;

use async_graphql::parser::types::Field;
use async_graphql::registry::{MetaType, MetaTypeId, Registry};
use async_graphql::resolver_utils::{ContainerType, resolve_container};
use async_graphql::{
    Context, ContextSelectionSet, InputObject, ObjectType, OutputType, Positioned, Result,
    ServerResult, Value,
};
use uuid::Uuid;

use super::errors::Gql;
use super::{RequestMeta, Viewer, ledger, viewer};
use crate::auth::Claims;
use crate::ledger::{CommandMeta, Handled, LedgerError, Outcome};

/// What every command states besides its own fields, flattened into the input of every
/// mutation that acts on an existing stream. The inputs whose fields document these two for
/// their case (a new application; the version read) keep them as their own fields, so that the
/// SDL keeps those descriptions.
#[derive(InputObject)]
pub struct CommandInput {
    // Makes a retry safe: the same id returns the first outcome and writes nothing.
    pub command_id: Option<Uuid>,
    // The version read; CONFLICT if the stream has moved since.
    pub expected_version: Option<u64>,
}

/// What the GraphQL side needs of an aggregate beyond its command path.
pub(super) trait Commanded: Handled {
    /// What every payload of the aggregate's mutations shows of the stream after the command:
    /// its fields and its description are the payloads', only the name is the mutation's.
    type View: ObjectType + 'static;

    /// Who may issue `command` on the stream `id`, checked before anything is loaded so that a
    /// caller who may not learns nothing of the stream: the claims the events record.
    fn issuer(viewer: &Viewer, id: &str, command: &Self::Command) -> Result<Claims>;

    /// Whether the viewer may act on the stream as loaded; it runs before anything is answered,
    /// a replayed command included.
    fn authorise(
        _viewer: &Viewer,
        _state: &Self,
        _command: &Self::Command,
    ) -> Result<(), LedgerError> {
        Ok(())
    }

    /// The payload's content: the stream `id` after `command`, as `viewer` may see it.
    fn view(
        outcome: Outcome<Self>,
        id: &str,
        command: &Self::Command,
        viewer: &Viewer,
    ) -> Self::View;
}

/// A mutation, as a type: it names its payload in the SDL, because clients select on payload
/// type names (`... on ApproveRegistrationPayload`).
pub(super) trait Mutation: Send + Sync + 'static {
    const PAYLOAD: &'static str;
}

/// What mutation `M` on aggregate `A` answers: `A`'s view of the stream after the command,
/// under the name `M` gives it.
pub struct Payload<A: Commanded, M> {
    view: A::View,
    mutation: PhantomData<M>,
}

impl<A: Commanded, M: Mutation> OutputType for Payload<A, M> {
    fn type_name() -> Cow<'static, str> {
        Cow::Borrowed(M::PAYLOAD)
    }

    fn create_type_info(registry: &mut Registry) -> String {
        registry.create_output_type::<Self, _>(MetaTypeId::Object, |registry| {
            // The view's own type is registered too, unused: the schema drops it.
            let mut meta = registry.create_fake_output_type::<A::View>();
            if let MetaType::Object {
                name,
                rust_typename,
                ..
            } = &mut meta
            {
                *name = M::PAYLOAD.to_owned();
                *rust_typename = Some(std::any::type_name::<Self>());
            }
            meta
        })
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        _field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        resolve_container(ctx, self).await
    }
}

impl<A: Commanded, M: Mutation> ContainerType for Payload<A, M> {
    async fn resolve_field(&self, ctx: &Context<'_>) -> ServerResult<Option<Value>> {
        self.view.resolve_field(ctx).await
    }
}

impl<A: Commanded, M: Mutation> ObjectType for Payload<A, M> {}

/// Runs `command` on the stream `id` of aggregate `A` as the viewer and answers with the
/// payload of mutation `M`.
pub(super) async fn run<A: Commanded, M: Mutation>(
    ctx: &Context<'_>,
    id: impl Display,
    command: A::Command,
    CommandInput {
        command_id,
        expected_version,
    }: CommandInput,
) -> Result<Payload<A, M>> {
    let viewer = viewer(ctx);
    let id = id.to_string();
    let actor = A::issuer(viewer, &id, &command)?;
    let request = ctx.data_opt::<RequestMeta>();
    let meta = CommandMeta {
        actor,
        command_id,
        expected_version,
        correlation_id: request.map_or_else(Uuid::now_v7, |r| r.correlation_id),
    };
    // The view may read the command (the item it concerns); the command path takes it.
    let asked = command.clone();
    let outcome = ledger(ctx)
        .execute(&id, command, &meta, now_micros(), |state: &A, command| {
            A::authorise(viewer, state, command)
        })
        .await
        .gql()?;
    Ok(Payload {
        view: A::view(outcome, &id, &asked, viewer),
        mutation: PhantomData,
    })
}

/// The decision instant, at the microsecond precision the log records.
pub(super) fn now_micros() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}
