/*
 * Issue 15, first layer: before "Tout accepter" counts, the visitor has been told who asks and for
 * what (REGULATION.md FR-7: a global accept is allowed once the purposes were presented; FR-8 and
 * EU-5: the identity of the controller), and that refusing social networks turns off comments.
 */
import { describe, expect, it } from 'vitest';
import { bannerLayer, html, mount } from './helpers.js';

const text = async (template: ReturnType<typeof html>) =>
  bannerLayer(await mount(template))!.textContent!.replace(/\s+/g, ' ');

describe('the first layer names who asks and for what', () => {
  it('names every optional purpose by its label, the site’s own included, in French', async () => {
    const shown = await text(
      html`<consent-banner lang="fr" categories="audience social video">
        <consent-category name="video" label="Vidéos intégrées"></consent-category>
      </consent-banner>`,
    );
    expect(shown).toContain("pour : Mesure d'audience, Réseaux sociaux, Vidéos intégrées.");
    expect(shown).toContain('nous et nos partenaires');
  });

  it('names the controller when the banner has one, in French and in English', async () => {
    expect(
      await text(html`<consent-banner lang="fr" categories="audience" controller="Le Monde du Soir"></consent-banner>`),
    ).toContain('Le Monde du Soir et ses partenaires utilisent');
    expect(
      await text(html`<consent-banner lang="en" categories="audience" controller="Evening Post"></consent-banner>`),
    ).toContain('Evening Post and its partners use cookies and similar technologies for: Audience measurement.');
  });

  it('says that refusing social networks also turns off comments, only when they are a purpose', async () => {
    expect(await text(html`<consent-banner lang="fr" categories="audience social"></consent-banner>`)).toContain(
      'Refuser les réseaux sociaux désactive aussi les contenus intégrés et les commentaires.',
    );
    expect(await text(html`<consent-banner lang="fr" categories="audience"></consent-banner>`)).not.toContain(
      'commentaires',
    );
  });

  it('shows hostile names and labels as plain text', async () => {
    const el = await mount(
      html`<consent-banner lang="en" categories="video" controller="$& <b>Bold</b>">
        <consent-category name="video" label="$' <img src=x>"></consent-category>
      </consent-banner>`,
    );
    const layer = bannerLayer(el)!;
    expect(layer.textContent).toContain(
      "$& <b>Bold</b> and its partners use cookies and similar technologies for: $' <img src=x>.",
    );
    expect(layer.querySelector('b, img')).toBeNull();
  });
});
