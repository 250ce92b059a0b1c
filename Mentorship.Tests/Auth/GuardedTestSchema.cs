using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Auth;

namespace Mentorship.Tests.Auth;

/// <summary>
/// A small schema made only for testing the authorization rule, with every kind of marking it honours:
/// <code>
/// type Query { open: String (anonymous)  unmarked: String  adminOnly: String (ADMIN)  policed: String (policy)
///              vault: Vault (anonymous, type is ADMIN)  thing: Thing (anonymous)  node: Node (anonymous) }
/// type Thing { name: String  adminNote: String (ADMIN)  inner: Thing }
/// interface Node { id: String }   type PublicNode implements Node   type AdminNode implements Node (ADMIN)
/// type Mutation (ADMIN) { adminAction: String  openAction: String (anonymous) }
/// </code>
/// </summary>
internal static class GuardedTestSchema
{
    public static ISchema Create()
    {
        var vault = new ObjectGraphType { Name = "Vault" };
        vault.AuthorizeWithRoles(Roles.Admin);
        vault.Field<StringGraphType>("content").Resolve(_ => "gold");

        var thing = new ObjectGraphType { Name = "Thing" };
        thing.Field<StringGraphType>("name").Resolve(_ => "thing");
        thing.Field<StringGraphType>("adminNote").AuthorizeWithRoles(Roles.Admin).Resolve(_ => "note");
        thing.Field("inner", thing).Resolve(_ => new object());

        var node = new InterfaceGraphType { Name = "Node" };
        node.Field<StringGraphType>("id");
        var publicNode = NodeType("PublicNode", node);
        var adminNode = NodeType("AdminNode", node);
        adminNode.AuthorizeWithRoles(Roles.Admin);
        node.ResolveType = _ => adminNode;

        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").AllowAnonymous().Resolve(_ => "open");
        query.Field<StringGraphType>("unmarked").Resolve(_ => "unmarked");
        query.Field<StringGraphType>("adminOnly").AuthorizeWithRoles(Roles.Admin).Resolve(_ => "admin");
        query.Field<StringGraphType>("policed").AuthorizeWithPolicy("SomePolicy").Resolve(_ => "policed");
        query.Field("vault", vault).AllowAnonymous().Resolve(_ => new object());
        query.Field("thing", thing).AllowAnonymous().Resolve(_ => new object());
        query.Field("node", node).AllowAnonymous().Resolve(_ => new object());

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.AuthorizeWithRoles(Roles.Admin);
        mutation.Field<StringGraphType>("adminAction").Resolve(_ => "done");
        mutation.Field<StringGraphType>("openAction").AllowAnonymous().Resolve(_ => "done");

        var schema = new global::GraphQL.Types.Schema { Query = query, Mutation = mutation };
        schema.RegisterType(publicNode);
        schema.RegisterType(adminNode);
        return schema;
    }

    private static ObjectGraphType NodeType(string name, InterfaceGraphType node)
    {
        var type = new ObjectGraphType { Name = name };
        type.Field<StringGraphType>("id").Resolve(_ => name);
        type.AddResolvedInterface(node);
        node.AddPossibleType(type);
        return type;
    }
}
