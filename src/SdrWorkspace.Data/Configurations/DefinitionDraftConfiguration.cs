using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Data.Configurations;

internal sealed class DefinitionDraftConfiguration : IEntityTypeConfiguration<DefinitionDraft>
{
    public void Configure(EntityTypeBuilder<DefinitionDraft> draft)
    {
        draft.Property(d => d.Title).HasMaxLength(DefinitionDraft.TitleMaxLength);
        draft.Property(d => d.Author).HasMaxLength(TextLimits.Actor);
        draft.Property(d => d.UpdatedBy).HasMaxLength(TextLimits.Actor);
        draft.Property(d => d.Note).HasMaxLength(DefinitionDraft.NoteMaxLength);
        draft.Property(d => d.Revision).IsConcurrencyToken();
        draft.HasIndex(d => d.Status);
    }
}

internal sealed class DefinitionReviewMarkConfiguration : IEntityTypeConfiguration<DefinitionReviewMark>
{
    public void Configure(EntityTypeBuilder<DefinitionReviewMark> mark)
    {
        mark.ToTable("DefinitionReviews");
        mark.Property(m => m.ReviewedBy).HasMaxLength(TextLimits.Actor);
        mark.Property(m => m.Note).HasMaxLength(DefinitionReviewMark.NoteMaxLength);
        mark.HasIndex(m => m.ReviewedAt);
    }
}
